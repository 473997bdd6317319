/** The demo region: users, spaces, permissions and meeting pages, plus the hook that seeds the app's own data. */
package se.planprocess.devhost.demo;
