"""Skills-training screens: programmes, registration with the waiting list, attendance, certificates."""
