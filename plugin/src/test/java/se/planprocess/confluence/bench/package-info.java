/**
 * Reproducible persistence benchmarks: programs with a {@code main}, never tests, so they do not run in CI. How to
 * run them and the latest figures are in docs/benchmarks.md.
 */
package se.planprocess.confluence.bench;
