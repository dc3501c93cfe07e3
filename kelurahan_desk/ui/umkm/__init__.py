"""The UMKM registry screen."""
