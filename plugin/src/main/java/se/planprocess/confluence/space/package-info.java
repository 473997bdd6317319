/**
 * Domain: spaces made from the app's space blueprints, and a committee registered with its new space in one step
 * (the choice, its rules, the registration). Plain Java: no Confluence, AO, servlet or adapter import.
 */
package se.planprocess.confluence.space;
