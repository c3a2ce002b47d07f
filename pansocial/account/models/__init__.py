from .user import Gender, User, UserManager

__all__ = ["Gender", "User", "UserManager"]
