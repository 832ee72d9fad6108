package org.aanboord.platform.security;

import org.springframework.security.access.AccessDeniedException;

/** The caller is known but may not do this; answered as 403 problem+json with the reason. */
public class AccessRefusedException extends AccessDeniedException {

    public AccessRefusedException(String reason) {
        super(reason);
    }
}
