package org.earlyhelp.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/** The words a page shows for the APIs' codes: {@code {referral.status.label}}. */
@TemplateExtension
public final class Labels {

    public static final Map<String, String> CONCERNS = new LinkedHashMap<>();
    public static final Map<String, String> SEVERITIES = new LinkedHashMap<>();
    public static final Map<String, String> URGENCIES = new LinkedHashMap<>();
    public static final Map<String, String> AREAS = new LinkedHashMap<>();
    private static final Map<String, String> OTHER = new LinkedHashMap<>();

    static {
        CONCERNS.put("education", "Education (attendance, exclusion)");
        CONCERNS.put("early-years", "Early years (development, including before birth)");
        CONCERNS.put("health", "Physical or mental health");
        CONCERNS.put("substance-use", "Drug or alcohol use");
        CONCERNS.put("family-relationships", "Family relationships or parenting");
        CONCERNS.put("abuse-exploitation", "Abuse, neglect, exploitation or missing episodes");
        CONCERNS.put("crime", "Crime or anti-social behaviour");
        CONCERNS.put("domestic-abuse", "Domestic abuse");
        CONCERNS.put("housing", "Housing");
        CONCERNS.put("financial", "Money, debt or work");
        SEVERITIES.put("low", "Low");
        SEVERITIES.put("medium", "Medium");
        SEVERITIES.put("high", "High");
        SEVERITIES.put("significant-harm", "Risk of significant harm");
        URGENCIES.put("routine", "Routine");
        URGENCIES.put("urgent", "Urgent");
        URGENCIES.put("immediate-risk", "Immediate risk");
        AREAS.put("eastmere", "Eastmere");
        AREAS.put("westbrook", "Westbrook");
        AREAS.put("kingsfold", "Kingsfold");
        OTHER.put("submitted", "Submitted");
        OTHER.put("in-triage", "In triage");
        OTHER.put("awaiting-information", "Awaiting information from the referrer");
        OTHER.put("accepted", "Accepted for early help");
        OTHER.put("signposted", "Signposted");
        OTHER.put("escalated", "Escalated to children's social care");
        OTHER.put("no-further-action", "No further action");
        OTHER.put("withdrawn", "Withdrawn");
        OTHER.put("escalation", "Escalation");
        OTHER.put("early-help", "Early help");
    }

    /** Why a sharing decision said no, in words ({@code no-consent}, ...). */
    private static final Map<String, String> REASONS = Map.of(
            "no-consent", "no consent recorded for this agency",
            "consent-denies", "the consent refuses it",
            "consent-refused", "consent was refused",
            "categories-not-covered", "the consent does not cover what would be shared",
            "purpose-not-covered", "the consent does not cover this purpose",
            "consent-withdrawn", "consent was withdrawn",
            "consent-expired", "the consent has expired");

    private Labels() {
    }

    /** A sharing decision's reason code in words; an unknown code as it is. */
    public static String reason(String code) {
        return REASONS.getOrDefault(code, code.replace('-', ' '));
    }

    static String label(Object value) {
        String code = value == null ? null : value.toString();
        if (code == null) {
            return "";
        }
        for (Map<String, String> words : java.util.List.of(OTHER, CONCERNS, SEVERITIES, URGENCIES, AREAS)) {
            String label = words.get(code);
            if (label != null) {
                return label;
            }
        }
        return code.isEmpty() ? "" : Character.toUpperCase(code.charAt(0)) + code.substring(1).replace('-', ' ');
    }

    /** {@code {cost.amount.pounds}}: an amount as "£2.50", or "£5" when whole; anything else as it is. */
    static String pounds(Object value) {
        try {
            java.math.BigDecimal amount = new java.math.BigDecimal(value == null ? "" : value.toString());
            return "£" + (amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString()
                    : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        } catch (NumberFormatException | ArithmeticException notAnAmount) {
            return value == null ? "" : value.toString();
        }
    }

    /** {@code {person.displayName.urlEncode}}: a value for a link's query string. */
    static String urlEncode(Object value) {
        return java.net.URLEncoder.encode(value == null ? "" : value.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A hand-over's status in the front door's words ({@code handed-over} is new to it). */
    static String handOverStatus(Object value) {
        return switch (value == null ? "" : value.toString()) {
            case "handed-over" -> "New";
            case "acknowledged" -> "Acknowledged, outcome to record";
            case "outcome-recorded" -> "Outcome recorded";
            default -> label(value);
        };
    }

    /** GOV.UK tag colour for a hand-over's status: what waits for the front door stands out. */
    static String handOverTag(Object value) {
        return switch (value == null ? "" : value.toString()) {
            case "handed-over" -> "govuk-tag--blue";
            case "acknowledged" -> "govuk-tag--yellow";
            default -> "govuk-tag--grey";
        };
    }

    /** GOV.UK tag colour for a referral status. */
    static String tagColour(Object value) {
        String status = value == null ? "" : value.toString();
        return switch (status == null ? "" : status) {
            case "submitted" -> "govuk-tag--blue";
            case "in-triage" -> "govuk-tag--light-blue";
            case "awaiting-information" -> "govuk-tag--yellow";
            case "accepted" -> "govuk-tag--green";
            case "signposted" -> "govuk-tag--turquoise";
            case "escalated" -> "govuk-tag--red";
            case "no-further-action", "withdrawn" -> "govuk-tag--grey";
            default -> "govuk-tag--grey";
        };
    }
}
