"""Demo data: a fictitious office with staff, residents and what each capability adds, built by `demo`."""
