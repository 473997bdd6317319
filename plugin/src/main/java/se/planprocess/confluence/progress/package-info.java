/** Derived facts from an injected clock: current phase, next deadlines, which documents and committees are late. */
package se.planprocess.confluence.progress;
