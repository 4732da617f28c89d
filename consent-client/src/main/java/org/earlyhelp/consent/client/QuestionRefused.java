package org.earlyhelp.consent.client;

/** consent-service refused the question itself (4xx): not retried, and not a sign the service is down. */
final class QuestionRefused extends RuntimeException {

    private final int status;

    QuestionRefused(int status) {
        super("consent-service refused the question with " + status, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
