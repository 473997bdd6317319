/** Adapters to Confluence services: the current user and permissions, i18n, the clock. Wraps every static lookup. */
package se.planprocess.confluence.host;
