"""Benchmarks behind `kelurahan-desk bench`: each module measures one capability's figures."""
