/**
 * REST resources under /rest/planprocess/1.0: validate, call one service, map to a Response. JSON by Jackson.
 * Resources throw their refusals; the exception mappers here hand every error, Jersey's own 404/405/406/415
 * included, to {@code Responses#error}, which answers in JSON in the user's language, naming the field as the client
 * sent it. Nothing is written on any error. Confluence's defaults apply: logged-in users only, XSRF checks on every
 * non-GET request.
 */
package se.planprocess.confluence.rest;
