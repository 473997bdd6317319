/**
 * Document kinds as specifications: each kind's workflow, scope, versioned section templates, what its deadlines
 * require and how its pages are registered, in one {@link se.planprocess.confluence.kind.KindSpecification}; the
 * {@link se.planprocess.confluence.kind.KindCatalogue} of all kinds the app knows. Plain Java only: no Confluence,
 * Active Objects, JAX-RS, Jackson or Spring, and no adapter package.
 */
package se.planprocess.confluence.kind;
