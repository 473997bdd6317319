/**
 * REST resources under /rest/planprocess/1.0: validate, call one service, map to a Response. JSON by Jackson; errors
 * in the user's language; nothing written on any error. Confluence's defaults apply: logged-in users only, XSRF
 * checks on every non-GET request.
 */
package se.planprocess.confluence.rest;
