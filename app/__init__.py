"""VanPhong domain layer: rules, services, reports and the command line (no Qt)."""

__version__ = "0.1.0"
APP_NAME = "VanPhong"
WINDOW_TITLE = "VănPhòng"
