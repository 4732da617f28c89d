package org.earlyhelp.referral.referral;

import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Domain refusals as HTTP: an illegal transition is a conflict with the record's state. */
class DomainProblems {

    @ServerExceptionMapper
    Response illegalTransition(IllegalTransition e) {
        return Problems.response(409, e.getMessage());
    }
}
