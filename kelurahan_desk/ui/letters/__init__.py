"""Letters: requests, worklists, approval, preview and printing, the type editor and the verify screen."""
