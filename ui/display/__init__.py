"""The lobby display: the published week full screen on a TV or monitor, paging and
refreshing by itself (`vanphong display`, or *Màn hình sảnh* in the calendar pane)."""
