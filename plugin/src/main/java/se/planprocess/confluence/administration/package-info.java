/**
 * Keeping the process calendar (domain): cycles created from a template or copied from last year, edited with their
 * rules checked, archived; every change recorded with who, when and what, and versioned so that two administrators
 * cannot overwrite each other. Plain Java: no Confluence, AO, servlet, JAX-RS, Jackson or Spring.
 */
package se.planprocess.confluence.administration;
