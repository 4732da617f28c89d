package org.earlyhelp.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.qute.TemplateGlobal;

/** Option lists every template may use. */
@TemplateGlobal
public final class Globals {

    static final Map<String, String> yesNo = new LinkedHashMap<>(Map.of("yes", "Yes"));
    static final Map<String, String> sexes = new LinkedHashMap<>();
    static final Map<String, String> urgencies = new LinkedHashMap<>();
    static final Map<String, String> consentAnswers = new LinkedHashMap<>();
    static final Map<String, String> progressOptions = new LinkedHashMap<>();
    static final Map<String, String> outcomeOptions = new LinkedHashMap<>();
    static final Map<String, String> grantorKinds = new LinkedHashMap<>();
    static final Map<String, String> consentMethods = new LinkedHashMap<>();
    static final Map<String, String> purposeOptions = new LinkedHashMap<>();
    static final Map<String, String> dataCategories = new LinkedHashMap<>();
    static final Map<String, String> lawfulBasisKinds = new LinkedHashMap<>();

    static {
        yesNo.put("no", "No");
        sexes.put("female", "Female");
        sexes.put("male", "Male");
        sexes.put("other", "Other");
        sexes.put("unknown", "Not known");
        urgencies.put("routine", "Routine – the hub decides within 1 working day");
        urgencies.put("urgent", "Urgent – the family needs help soon");
        consentAnswers.put("active", "Yes, they agreed");
        consentAnswers.put("refused", "No, they refused");
        progressOptions.put("improved", "Improved");
        progressOptions.put("unchanged", "Unchanged");
        progressOptions.put("worsened", "Worsened");
        progressOptions.put("met", "Met");
        outcomeOptions.put("needs-met", "Needs met");
        outcomeOptions.put("stepped-up", "Stepped up to children's social care");
        outcomeOptions.put("stepped-down", "Stepped down to universal services");
        outcomeOptions.put("disengaged", "The family disengaged");
        outcomeOptions.put("moved-area", "The family moved away");
        grantorKinds.put("parent-with-parental-responsibility", "A parent with parental responsibility");
        grantorKinds.put("person", "The person themselves");
        grantorKinds.put("competent-child", "A child competent to decide (Gillick)");
        consentMethods.put("written", "Written");
        consentMethods.put("verbal", "Verbal");
        consentMethods.put("digital", "Digital");
        purposeOptions.put("team-around-family", "Working with the family as a team around the family");
        purposeOptions.put("early-help-assessment", "An early help assessment");
        purposeOptions.put("referral", "A referral");
        purposeOptions.put("onward-referral", "An onward referral to a service");
        dataCategories.put("identity", "Who they are");
        dataCategories.put("contact", "How to reach them");
        dataCategories.put("concerns", "The worries about the family");
        dataCategories.put("health", "Health information");
        dataCategories.put("education", "Education information");
        dataCategories.put("police-information", "Police information");
        dataCategories.put("case-notes", "Case notes");
        lawfulBasisKinds.put("risk-of-significant-harm", "Risk of significant harm to a child");
        lawfulBasisKinds.put("prevention-detection-of-crime", "Prevention or detection of crime");
        lawfulBasisKinds.put("vital-interests", "Someone's vital interests (life or death)");
        lawfulBasisKinds.put("legal-obligation", "A legal obligation");
    }

    private Globals() {
    }
}
