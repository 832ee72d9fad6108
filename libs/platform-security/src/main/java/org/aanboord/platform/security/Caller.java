package org.aanboord.platform.security;

/**
 * Who is asking, taken only from a validated access token: {@code sub}, the single role in {@code roles} and the
 * organisation in {@code org}. Declare it as a controller method parameter to receive it.
 *
 * @param who            the user name, or the client id for client credentials
 * @param role           what the caller may do
 * @param organisationId the organisation acted for (a school, CLB or municipality id; {@code hub} for the hub)
 */
public record Caller(String who, Role role, String organisationId) {

    public boolean is(Role... roles) {
        for (Role candidate : roles) {
            if (candidate == role) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return who + " (" + role + " of " + organisationId + ")";
    }
}
