# The commands the README names. Each installs what it needs when it is missing.

.PHONY: serve test dist single fuzz bench

# Build and serve the explorer on seeds/ at http://127.0.0.1:8080.
serve:
	.ci/serve

# Every test and check, browser tests included.
test:
	.ci/test

# Write the static site to dist/.
dist:
	.ci/dist

# Write the explorer as one self-contained HTML file, explorer.html (opens from disk, or mailed).
single:
	.ci/single

# Fuzz the parsers and the bundle decoder, FUZZ_SECONDS each (default 600): make fuzz FUZZ_SECONDS=60
fuzz:
	.ci/fuzz

# The explorer beside Pagefind and MiniSearch; writes BENCHMARKS.md (about half an hour).
# Options go to tests/bench/run.mjs: make bench BENCH_ARGS="--corpora seed,news-1k --runs 3"
# BENCH_SHARD=1 then also measures the sharded site beside Pagefind at 10,000 and 100,000
# documents, throttled (tests/bench/shard.mjs --page; about three quarters of an hour more),
# into tests/bench/work/shard.md: make bench BENCH_SHARD=1
bench:
	BENCH_SHARD="$(BENCH_SHARD)" .ci/bench $(BENCH_ARGS)
