"""The leave registry: requests, approval, balances, rosters, the absence calendar."""
