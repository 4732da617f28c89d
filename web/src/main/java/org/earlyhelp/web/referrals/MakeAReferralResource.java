package org.earlyhelp.web.referrals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.Labels;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Make a referral: question pages (children, household, concerns, immediate risk, the family's agreement), check your
 * answers, confirmation with the reference. Plain forms and redirects (post, redirect, get): no JavaScript needed.
 */
@Path("/referrals/new")
@Produces(MediaType.TEXT_HTML)
class MakeAReferralResource {

    private static final Pattern FIELD = Pattern.compile("(children|household|concerns)\\[(\\d+)]\\.?(.*)");

    private final ReferralDrafts drafts;
    private final Gateway gateway;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final Template referralStart;
    private final Template referralChild;
    private final Template referralMember;
    private final Template referralConcern;
    private final Template referralRisk;
    private final Template referralFamily;
    private final Template referralList;
    private final Template referralCheck;
    private final Template referralConfirmation;
    private final Template error;

    MakeAReferralResource(ReferralDrafts drafts, Gateway gateway, ObjectMapper json, SecurityIdentity identity,
            Template referralStart, Template referralChild, Template referralMember, Template referralConcern,
            Template referralRisk, Template referralFamily, Template referralList, Template referralCheck,
            Template referralConfirmation, Template error) {
        this.drafts = drafts;
        this.gateway = gateway;
        this.json = json;
        this.identity = identity;
        this.referralStart = referralStart;
        this.referralChild = referralChild;
        this.referralMember = referralMember;
        this.referralConcern = referralConcern;
        this.referralRisk = referralRisk;
        this.referralFamily = referralFamily;
        this.referralList = referralList;
        this.referralCheck = referralCheck;
        this.referralConfirmation = referralConfirmation;
        this.error = error;
    }

    @GET
    public TemplateInstance start() {
        return referralStart.instance();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response begin(MultivaluedMap<String, String> form) {
        ReferralDraft draft = drafts.start(owner());
        return see(draft, "child");
    }

    // --- children ---

    @GET
    @Path("{draft}/child")
    public Response child(@PathParam("draft") String id, @QueryParam("index") Integer index) {
        return withDraft(id, draft -> {
            Answers form = index != null && index >= 0 && index < draft.children.size() ? draft.children.get(index) : new Answers();
            return Response.ok(referralChild.data("draft", draft.id).data("index", indexOf(index, draft.children.size()))
                    .data("form", form).data("errors", new Answers())).build();
        });
    }

    @POST
    @Path("{draft}/child")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveChild(@PathParam("draft") String id, @QueryParam("index") Integer index, MultivaluedMap<String, String> posted) {
        return withDraft(id, draft -> {
            Answers form = Answers.from(posted, ReferralQuestions.CHILD);
            Answers errors = ReferralQuestions.checkChild(form);
            if (!errors.summary().isEmpty()) {
                return Response.status(400).entity(referralChild.data("draft", draft.id)
                        .data("index", indexOf(index, draft.children.size())).data("form", form).data("errors", errors)).build();
            }
            put(draft.children, index, form);
            return see(draft, "children");
        });
    }

    @GET
    @Path("{draft}/children")
    public Response children(@PathParam("draft") String id) {
        return withDraft(id, draft -> list(draft, "children"));
    }

    // --- household ---

    @GET
    @Path("{draft}/member")
    public Response member(@PathParam("draft") String id, @QueryParam("index") Integer index) {
        return withDraft(id, draft -> {
            Answers form = index != null && index >= 0 && index < draft.household.size() ? draft.household.get(index) : new Answers();
            return Response.ok(referralMember.data("draft", draft.id).data("index", indexOf(index, draft.household.size()))
                    .data("form", form).data("errors", new Answers())).build();
        });
    }

    @POST
    @Path("{draft}/member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveMember(@PathParam("draft") String id, @QueryParam("index") Integer index, MultivaluedMap<String, String> posted) {
        return withDraft(id, draft -> {
            Answers form = Answers.from(posted, ReferralQuestions.MEMBER);
            Answers errors = ReferralQuestions.checkMember(form);
            if (!errors.summary().isEmpty()) {
                return Response.status(400).entity(referralMember.data("draft", draft.id)
                        .data("index", indexOf(index, draft.household.size())).data("form", form).data("errors", errors)).build();
            }
            put(draft.household, index, form);
            return see(draft, "household");
        });
    }

    @GET
    @Path("{draft}/household")
    public Response household(@PathParam("draft") String id) {
        return withDraft(id, draft -> list(draft, "household"));
    }

    // --- concerns ---

    @GET
    @Path("{draft}/concern")
    public Response concern(@PathParam("draft") String id, @QueryParam("index") Integer index) {
        return withDraft(id, draft -> {
            Answers form = index != null && index >= 0 && index < draft.concerns.size() ? draft.concerns.get(index) : new Answers();
            return Response.ok(referralConcern.data("draft", draft.id).data("index", indexOf(index, draft.concerns.size()))
                    .data("form", form).data("errors", new Answers()).data("categories", Labels.CONCERNS)
                    .data("severities", Labels.SEVERITIES)).build();
        });
    }

    @POST
    @Path("{draft}/concern")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveConcern(@PathParam("draft") String id, @QueryParam("index") Integer index, MultivaluedMap<String, String> posted) {
        return withDraft(id, draft -> {
            Answers form = Answers.from(posted, ReferralQuestions.CONCERN);
            Answers errors = ReferralQuestions.checkConcern(form);
            if (!errors.summary().isEmpty()) {
                return Response.status(400).entity(referralConcern.data("draft", draft.id)
                        .data("index", indexOf(index, draft.concerns.size())).data("form", form).data("errors", errors)
                        .data("categories", Labels.CONCERNS).data("severities", Labels.SEVERITIES)).build();
            }
            put(draft.concerns, index, form);
            return see(draft, "concerns");
        });
    }

    @GET
    @Path("{draft}/concerns")
    public Response concerns(@PathParam("draft") String id) {
        return withDraft(id, draft -> list(draft, "concerns"));
    }

    /** Removes one child, household member or concern (a form, not a link: it changes something). */
    @POST
    @Path("{draft}/{kind:children|household|concerns}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("draft") String id, @PathParam("kind") String kind, MultivaluedMap<String, String> posted) {
        return withDraft(id, draft -> {
            List<Answers> list = switch (kind) {
                case "children" -> draft.children;
                case "household" -> draft.household;
                default -> draft.concerns;
            };
            try {
                int index = Integer.parseInt(posted.getFirst("index"));
                if (index >= 0 && index < list.size()) {
                    list.remove(index);
                }
            } catch (NumberFormatException | NullPointerException ignored) {
                // nothing to remove
            }
            return see(draft, kind);
        });
    }

    // --- immediate risk, the family ---

    @GET
    @Path("{draft}/risk")
    public Response risk(@PathParam("draft") String id) {
        return withDraft(id, draft -> Response.ok(referralRisk.data("draft", draft.id).data("form", draft.risk)
                .data("errors", new Answers())).build());
    }

    @POST
    @Path("{draft}/risk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveRisk(@PathParam("draft") String id, MultivaluedMap<String, String> posted) {
        return withDraft(id, draft -> {
            Answers form = Answers.from(posted, ReferralQuestions.RISK);
            Answers errors = ReferralQuestions.checkRisk(form);
            if (!errors.summary().isEmpty()) {
                return Response.status(400).entity(referralRisk.data("draft", draft.id).data("form", form).data("errors", errors))
                        .build();
            }
            draft.risk = form;
            return see(draft, "family");
        });
    }

    @GET
    @Path("{draft}/family")
    public Response family(@PathParam("draft") String id) {
        return withDraft(id, draft -> Response.ok(referralFamily.data("draft", draft.id).data("form", draft.family)
                .data("errors", new Answers()).data("areas", Labels.AREAS)).build());
    }

    @POST
    @Path("{draft}/family")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveFamily(@PathParam("draft") String id, MultivaluedMap<String, String> posted) {
        return withDraft(id, draft -> {
            Answers form = Answers.from(posted, ReferralQuestions.FAMILY);
            Answers errors = ReferralQuestions.checkFamily(form);
            if (!errors.summary().isEmpty()) {
                return Response.status(400).entity(referralFamily.data("draft", draft.id).data("form", form).data("errors", errors)
                        .data("areas", Labels.AREAS)).build();
            }
            draft.family = form;
            return see(draft, "check");
        });
    }

    // --- check your answers, submit, confirmation ---

    @GET
    @Path("{draft}/check")
    public Response check(@PathParam("draft") String id) {
        return withDraft(id, draft -> {
            if (draft.reference != null) {
                return see(draft, "confirmation");
            }
            String missing = draft.nextStep();
            if (!missing.equals("check")) {
                return see(draft, missing);
            }
            return Response.ok(checkPage(draft, List.of())).build();
        });
    }

    @POST
    @Path("{draft}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("draft") String id, MultivaluedMap<String, String> posted) {
        return withDraft(id, draft -> {
            if (draft.reference != null) {
                return see(draft, "confirmation"); // submitted already: the same answer, never a second referral
            }
            String key = posted.getFirst("idempotencyKey");
            if (key == null || !key.equals(draft.idempotencyKey)) {
                return Response.status(400).entity(checkPage(draft, List.of(new Problem(
                        "This form is out of date; check your answers and send it again", "#submit")))).build();
            }
            ApiResponse answer = gateway.post("/api/referrals", ReferralBody.of(draft, json), Map.of("Idempotency-Key", key));
            if (answer.ok()) {
                draft.reference = answer.body().path("id").asText();
                return see(draft, "confirmation");
            }
            if (answer.status() == 400 || answer.status() == 422) {
                List<Problem> problems = new ArrayList<>();
                answer.violations().forEach(v -> problems.add(new Problem(v.message(), changeLink(draft, v.field()))));
                if (problems.isEmpty()) {
                    problems.add(new Problem(answer.problemDetail(), "#submit"));
                }
                return Response.status(answer.status()).entity(checkPage(draft, problems)).build();
            }
            return ApiPages.problem(error, answer, "/referrals/new/" + draft.id + "/check");
        });
    }

    @GET
    @Path("{draft}/confirmation")
    public Response confirmation(@PathParam("draft") String id) {
        return withDraft(id, draft -> draft.reference == null ? see(draft, "check")
                : Response.ok(referralConfirmation.data("reference", draft.reference).data("immediateRisk", draft.immediateRisk()))
                        .build());
    }

    // --- helpers ---

    private TemplateInstance checkPage(ReferralDraft draft, List<Problem> problems) {
        List<Answers> children = new ArrayList<>();
        for (Answers child : draft.children) {
            Answers shown = child.copy();
            shown.put("born", "yes".equals(child.get("unborn")) ? "Expected " + ReferralQuestions.written(child, "due")
                    : ReferralQuestions.written(child, "dob"));
            children.add(shown);
        }
        List<Answers> household = new ArrayList<>();
        for (Answers member : draft.household) {
            Answers shown = member.copy();
            shown.put("born", ReferralQuestions.written(member, "dob"));
            household.add(shown);
        }
        List<Answers> concerns = new ArrayList<>();
        for (Answers concern : draft.concerns) {
            Answers shown = concern.copy();
            shown.put("since", ReferralQuestions.written(concern, "since"));
            concerns.add(shown);
        }
        return referralCheck.data("draft", draft.id).data("key", draft.idempotencyKey).data("children", children)
                .data("household", household).data("concerns", concerns).data("risk", draft.risk).data("family", draft.family)
                .data("immediateRisk", draft.immediateRisk()).data("urgency", draft.urgency()).data("problems", problems);
    }

    /** Where to change the answer an API field error is about, e.g. {@code children[0].address.postcode}. */
    private static String changeLink(ReferralDraft draft, String field) {
        Matcher matcher = FIELD.matcher(field == null ? "" : field);
        String base = "/referrals/new/" + draft.id + "/";
        if (matcher.find()) {
            String page = switch (matcher.group(1)) {
                case "children" -> "child";
                case "household" -> "member";
                default -> "concern";
            };
            return base + page + "?index=" + matcher.group(2);
        }
        if (field != null && (field.startsWith("urgency"))) {
            return base + "risk";
        }
        return base + "family";
    }

    private Response list(ReferralDraft draft, String kind) {
        List<Answers> items = new ArrayList<>();
        List<Answers> source = switch (kind) {
            case "children" -> draft.children;
            case "household" -> draft.household;
            default -> draft.concerns;
        };
        for (Answers answers : source) {
            Answers item = answers.copy();
            item.put("name", switch (kind) {
                case "concerns" -> Labels.CONCERNS.getOrDefault(answers.get("category"), answers.get("category"));
                default -> (answers.get("firstName") + " " + answers.get("lastName")).trim()
                        + ("yes".equals(answers.get("unborn")) ? " (unborn, due " + ReferralQuestions.written(answers, "due") + ")" : "");
            });
            items.add(item);
        }
        String next = switch (kind) {
            case "children" -> "household";
            case "household" -> draft.concerns.isEmpty() ? "concern" : "concerns";
            default -> "risk";
        };
        return Response.ok(referralList.data("draft", draft.id).data("kind", kind).data("items", items).data("next", next))
                .build();
    }

    private Response withDraft(String id, java.util.function.Function<ReferralDraft, Response> page) {
        return drafts.find(id, owner()).map(page)
                .orElseGet(() -> Response.status(404).entity(error.data("heading", "This referral draft has expired")
                        .data("detail", "Drafts are kept for two hours. Nothing was sent. Start the referral again.")
                        .data("back", "/referrals/new")).build());
    }

    private String owner() {
        return identity.getPrincipal().getName();
    }

    private static Response see(ReferralDraft draft, String step) {
        return Response.seeOther(URI.create("/referrals/new/" + draft.id + "/" + step)).build();
    }

    private static int indexOf(Integer index, int size) {
        return index == null || index < 0 || index > size ? size : index;
    }

    private static void put(List<Answers> list, Integer index, Answers answers) {
        if (index != null && index >= 0 && index < list.size()) {
            list.set(index, answers);
        } else {
            list.add(answers);
        }
    }

    /** An error for the summary on check your answers: the words and where to fix it. */
    @TemplateData
    record Problem(String message, String href) {
    }
}
