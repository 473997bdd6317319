/**
 * The tracker benchmark: a large generated instance in the local host (the built plugin jar, the host's page,
 * label and permission services, H2 or PostgreSQL), the tracker macro, its JSON and XLSX endpoints and the page
 * listener measured against a lean Page-Properties-Report-style baseline. Programs with a {@code main}, never run
 * in CI; see docs/benchmarks.md.
 */
package se.planprocess.devhost.bench;
