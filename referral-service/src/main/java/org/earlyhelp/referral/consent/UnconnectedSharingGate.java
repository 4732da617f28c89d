package org.earlyhelp.referral.consent;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * Until consent-service's published client ({@code org.earlyhelp.consent.client.ConsentClient})
 * is in main, nothing is permitted: onward referrals wait with status {@code awaiting-consent}.
 * Replace this with an adapter over {@code ConsentClient.decide(SharingQuestion)} (purpose
 * {@code onward-referral}); that client fails closed too, so behaviour on failure stays the same.
 */
@ApplicationScoped
@DefaultBean
class UnconnectedSharingGate implements SharingGate {

    static final String NOT_CONNECTED = "consent-service-not-connected";

    @Override
    public SharingAnswer ask(UUID personId, String recipientAgency, String category) {
        return SharingAnswer.deny(NOT_CONNECTED);
    }
}
