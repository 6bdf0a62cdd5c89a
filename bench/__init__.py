"""Quality and speed benchmarks for wirescope against its peers (see bench/README.md)."""
