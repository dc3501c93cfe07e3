"""What crosses the wire between offices and HQ. Never imports kelurahan_desk or Qt."""
