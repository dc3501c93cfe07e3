"""The residents view: search, detail form, family, life events, import and export."""
