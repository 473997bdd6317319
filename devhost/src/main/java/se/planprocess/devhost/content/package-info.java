/** Page and space operations over the store that publish Confluence's events after commit; the host managers. */
package se.planprocess.devhost.content;
