package org.earlyhelp.directory.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.earlyhelp.directory.oruk.Oruk;
import org.earlyhelp.directory.oruk.OrukMapper;
import org.earlyhelp.directory.service.ServiceStatus;

/**
 * The fictional Northshire directory (districts Eastmere, Westbrook, Kingsfold), written as an
 * ORUK feed so that it loads through the same validated import as any partner's feed. Names,
 * addresses, phone numbers (Ofcom drama range 01632 960xxx) and postcodes (NS1-NS9) are all
 * made up. Ids are derived from names, so every start produces the same ids.
 */
final class NorthshireDirectory {

    private record Org(String key, String name, String description, String agency, String website) {
    }

    private record Site(String key, String name, String street, String postcode, String district) {
    }

    /** One service: its needs and service types are term codes; districts are the areas it covers. */
    private record Entry(String org, String name, String description, String needs, String types, String districts,
            Integer minAge, Integer maxAge, String sites, String cost) {
    }

    private static final List<Org> ORGS = List.of(
            new Org("brightstart", "BrightStart Family Support", "Charity offering whole-family early help, parenting programmes and home visiting across Northshire.", "brightstart-family-support", "https://brightstart.example.org"),
            new Org("recovery", "Northshire Recovery Partnership", "Drug and alcohol treatment and recovery service for adults, young people and families.", "northshire-recovery", "https://recovery.northshire.example.org"),
            new Org("dwp", "DWP Northshire Jobcentres", "Jobcentre Plus work coaches, benefits and employment support in Northshire.", "dwp-northshire", "https://dwp-northshire.example.gov.uk"),
            new Org("mentalhealth", "Northshire Mental Health Trust", "NHS mental health services for children, young people and adults in Northshire.", "northshire-mental-health", "https://mentalhealth.northshire.example.nhs.uk"),
            new Org("council", "Northshire County Council", "Family hubs, youth service, early years, education welfare and housing options.", null, "https://www.northshire.example.gov.uk"),
            new Org("victimcare", "Northshire Victim Care", "Independent support for victims and witnesses of crime, commissioned by the Police and Crime Commissioner.", null, "https://victimcare.northshire.example.org"),
            new Org("haven", "Safe Haven Northshire", "Refuge, outreach and advocacy for adults and children affected by domestic abuse.", null, "https://safehaven.example.org"),
            new Org("money", "Northshire Money and Benefits Advice", "Free, confidential advice on debt, benefits and budgeting.", null, "https://moneyadvice.northshire.example.org"),
            new Org("littlesteps", "Little Steps Home Visiting", "Volunteer home visiting for parents of children under five.", null, "https://littlesteps.example.org"),
            new Org("youthcollective", "Kingsfold Youth Collective", "Youth work, clubs and mentoring for young people in Kingsfold and beyond.", null, "https://kingsfoldyouth.example.org"),
            new Org("housingtrust", "Westbrook Housing Trust", "Housing association offering tenancy support and supported accommodation.", null, "https://westbrookhousing.example.org"),
            new Org("openminds", "Open Minds Northshire", "Mental health charity offering counselling, peer support and wellbeing groups.", null, "https://openminds.example.org"),
            new Org("pantry", "Eastmere Community Pantry", "Community food pantry with advice drop-ins.", null, "https://eastmerepantry.example.org"),
            new Org("youngcarers", "Northshire Young Carers", "Support, breaks and school advocacy for young carers.", null, "https://youngcarers.northshire.example.org"));

    private static final List<Site> SITES = List.of(
            new Site("eastmere-hub", "Eastmere Family Hub", "12 Market Street", "NS1 1EJ", "Eastmere"),
            new Site("westbrook-hub", "Westbrook Family Hub", "3 Mill Lane", "NS4 1EJ", "Westbrook"),
            new Site("kingsfold-hub", "Kingsfold Family Hub", "40 Castle Road", "NS7 1EJ", "Kingsfold"),
            new Site("eastmere-recovery", "Eastmere Recovery Centre", "7 Station Approach", "NS2 2HU", "Eastmere"),
            new Site("westbrook-recovery", "Westbrook Recovery Hub", "22 Canal Side", "NS5 2HU", "Westbrook"),
            new Site("eastmere-jobcentre", "Eastmere Jobcentre", "1 Civic Way", "NS2 1EL", "Eastmere"),
            new Site("kingsfold-jobcentre", "Kingsfold Jobcentre", "9 King's Parade", "NS8 1EL", "Kingsfold"),
            new Site("westbrook-clinic", "Westbrook Child and Family Clinic", "Westbrook Hospital, Hospital Lane", "NS4 3NB", "Westbrook"),
            new Site("eastmere-clinic", "Eastmere Community Mental Health Centre", "55 Orchard Road", "NS3 1EN", "Eastmere"),
            new Site("kingsfold-youth", "Kingsfold Youth Centre", "2 Riverside Walk", "NS7 4RL", "Kingsfold"),
            new Site("westbrook-youth", "Westbrook Youth Club", "18 Park Road", "NS6 1EN", "Westbrook"),
            new Site("eastmere-advice", "Eastmere Advice Centre", "30 High Street", "NS1 3NB", "Eastmere"),
            new Site("westbrook-housing", "Westbrook Housing Office", "5 Bridge Street", "NS5 1EL", "Westbrook"),
            new Site("kingsfold-children", "Kingsfold Children's Centre", "14 Meadow Close", "NS9 1EN", "Kingsfold"),
            new Site("eastmere-pantry", "Eastmere Community Pantry", "St Mary's Hall, Church Lane", "NS3 3NE", "Eastmere"),
            new Site("westbrook-victim", "Northshire Victim Care Westbrook", "8 Court Street", "NS4 2HT", "Westbrook"));

    private static final String ALL = "eastmere,westbrook,kingsfold";

    private static final List<Entry> SERVICES = List.of(
            // family support and parenting
            new Entry("brightstart", "BrightStart Family Key Worker", "A key worker for the whole family: a shared plan, home visits and help with routines, school and money.", "family-relationships,education,financial", "family-support", ALL, 0, 18, "eastmere-hub,westbrook-hub", null),
            new Entry("brightstart", "Incredible Years Parenting Group", "Twelve-week parenting programme for parents of children aged 3 to 8 with behaviour worries.", "family-relationships", "parenting", ALL, 3, 8, "eastmere-hub,kingsfold-hub", null),
            new Entry("brightstart", "Teen Parenting Support", "One-to-one and group support for parents of teenagers: boundaries, conflict and staying connected.", "family-relationships,crime", "parenting", "eastmere,westbrook", 11, 18, "westbrook-hub", null),
            new Entry("brightstart", "Reducing Parental Conflict", "Sessions for parents (together or apart) whose arguments affect their children.", "family-relationships", "parenting,family-support", ALL, 0, 18, "kingsfold-hub", null),
            new Entry("council", "Eastmere Family Hub", "Drop-in family hub: early help, health visitor clinics, stay and play and advice for families.", "family-relationships,early-years,health", "family-support", "eastmere", 0, 19, "eastmere-hub", null),
            new Entry("council", "Westbrook Family Hub", "Drop-in family hub: early help, health visitor clinics, stay and play and advice for families.", "family-relationships,early-years,health", "family-support", "westbrook", 0, 19, "westbrook-hub", null),
            new Entry("council", "Kingsfold Family Hub", "Drop-in family hub: early help, health visitor clinics, stay and play and advice for families.", "family-relationships,early-years,health", "family-support", "kingsfold", 0, 19, "kingsfold-hub", null),
            new Entry("council", "Education Welfare Service", "Help for families when a child's school attendance is falling, including support plans with the school.", "education", "family-support", ALL, 5, 16, "eastmere-hub", null),
            new Entry("youngcarers", "Young Carers Support", "Breaks, groups and school advocacy for children who care for a parent or sibling.", "health,education,family-relationships", "youth-services,family-support", ALL, 8, 18, "kingsfold-hub", null),
            // early years
            new Entry("littlesteps", "Little Steps Home Visiting", "Trained volunteers visit parents of under-fives at home each week, from pregnancy onwards.", "early-years,family-relationships", "early-years", ALL, 0, 5, "westbrook-hub", null),
            new Entry("council", "Healthy Start and Baby Clinics", "Weighing, feeding advice and development checks with the health visiting team.", "early-years,health", "early-years", ALL, 0, 2, "eastmere-hub,westbrook-hub,kingsfold-hub", null),
            new Entry("council", "Kingsfold Stay and Play", "Free play sessions for babies and toddlers with their parents or carers.", "early-years", "early-years", "kingsfold", 0, 4, "kingsfold-children", null),
            new Entry("brightstart", "Bump to Baby Group", "Antenatal and new-parent group for young parents-to-be, including support for fathers.", "early-years,family-relationships", "early-years,parenting", ALL, 0, 1, "eastmere-hub", null),
            new Entry("council", "Funded Childcare for Two-Year-Olds", "Fifteen hours a week of free early education for eligible two-year-olds.", "early-years,financial", "early-years", ALL, 2, 2, "kingsfold-children", null),
            // mental health
            new Entry("mentalhealth", "Children and Young People's Mental Health Service", "Specialist assessment and treatment for children and young people with moderate to severe mental health needs.", "health", "mental-health", ALL, 0, 18, "westbrook-clinic", null),
            new Entry("mentalhealth", "Adult Community Mental Health Team", "Assessment, care coordination and treatment for adults with serious mental illness.", "health", "mental-health", ALL, 18, null, "eastmere-clinic", null),
            new Entry("mentalhealth", "Perinatal Mental Health Team", "Support for parents with mental health difficulties in pregnancy and the first year after birth.", "health,early-years", "mental-health", ALL, 16, null, "eastmere-clinic", null),
            new Entry("mentalhealth", "Mental Health Support Teams in Schools", "Low-intensity help for anxiety and low mood delivered in schools.", "health,education", "mental-health", "eastmere,westbrook", 5, 18, "westbrook-clinic", null),
            new Entry("openminds", "Open Minds Counselling", "Short-term counselling for adults and young people aged 16 and over; low-cost or free.", "health", "counselling", ALL, 16, null, "eastmere-advice", "sliding"),
            new Entry("openminds", "Youth Wellbeing Groups", "Group sessions on managing worry, sleep and friendships for 11 to 17 year olds.", "health", "mental-health,youth-services", ALL, 11, 17, "kingsfold-youth", null),
            // substance misuse
            new Entry("recovery", "Adult Drug and Alcohol Treatment", "Assessment, prescribing, key working and recovery groups for adults.", "substance-use,health", "substance-misuse", ALL, 18, null, "eastmere-recovery,westbrook-recovery", null),
            new Entry("recovery", "Young People's Substance Misuse Service", "Confidential support for young people worried about their own drug or alcohol use.", "substance-use", "substance-misuse,youth-services", ALL, 10, 18, "westbrook-recovery", null),
            new Entry("recovery", "Families Affected by Addiction", "Support for parents, partners and children affected by a loved one's drinking or drug use.", "substance-use,family-relationships", "substance-misuse,family-support", ALL, 0, null, "eastmere-recovery", null),
            new Entry("recovery", "Hidden Harm Children's Worker", "One-to-one support for children living with parental substance misuse.", "substance-use,abuse-exploitation", "substance-misuse", ALL, 5, 17, "eastmere-recovery", null),
            // DWP and money
            new Entry("dwp", "Jobcentre Work Coach", "Universal Credit work coaches: job search, training and help with childcare costs.", "financial", "employment-support", ALL, 16, null, "eastmere-jobcentre,kingsfold-jobcentre", null),
            new Entry("dwp", "Youth Employment Hub", "Work experience, CV help and apprenticeships for 16 to 24 year olds.", "financial,education", "employment-support,youth-services", ALL, 16, 24, "kingsfold-jobcentre", null),
            new Entry("dwp", "Help to Claim Universal Credit", "Help to make and manage a Universal Credit claim.", "financial", "debt-benefits-advice", ALL, 16, null, "eastmere-jobcentre", null),
            new Entry("money", "Debt Advice Service", "Free debt advice, budgeting and negotiation with creditors, in person or by phone.", "financial,housing", "debt-benefits-advice", ALL, 18, null, "eastmere-advice", null),
            new Entry("money", "Benefits Check and Appeals", "Full benefits check and help with appeals and tribunals.", "financial", "debt-benefits-advice", ALL, 16, null, "eastmere-advice", null),
            new Entry("pantry", "Eastmere Community Pantry", "Low-cost groceries for members, with advice drop-ins every week.", "financial", "debt-benefits-advice", "eastmere", null, null, "eastmere-pantry", "membership"),
            // housing
            new Entry("council", "Housing Options and Homelessness Prevention", "Help if you are homeless or at risk of losing your home, including emergency accommodation.", "housing", "housing-advice", ALL, 16, null, "westbrook-housing", null),
            new Entry("housingtrust", "Tenancy Sustainment Service", "Support to keep a tenancy: arrears, repairs, neighbours and bills.", "housing,financial", "housing-advice", "westbrook,kingsfold", 18, null, "westbrook-housing", null),
            new Entry("housingtrust", "Young People's Supported Housing", "Supported accommodation with key workers for 16 to 21 year olds.", "housing", "housing-advice,youth-services", ALL, 16, 21, "westbrook-housing", null),
            // domestic abuse and victims
            new Entry("haven", "Domestic Abuse Outreach and IDVA", "Independent domestic violence advisers and outreach for adults at risk.", "domestic-abuse", "domestic-abuse-support", ALL, 16, null, "eastmere-advice", null),
            new Entry("haven", "Safe Haven Refuge", "Safe emergency accommodation for women and their children fleeing domestic abuse.", "domestic-abuse,housing", "domestic-abuse-support,housing-advice", ALL, 0, null, "westbrook-housing", null),
            new Entry("haven", "Children and Young People's Domestic Abuse Service", "Recovery work for children who have lived with domestic abuse.", "domestic-abuse,abuse-exploitation", "domestic-abuse-support", ALL, 4, 18, "kingsfold-hub", null),
            new Entry("victimcare", "Victim Care Hub", "Emotional and practical support for victims and witnesses of any crime, reported or not.", "crime", "victim-support", ALL, 0, null, "westbrook-victim", null),
            new Entry("victimcare", "Young Victims Service", "Specialist support for children and young people harmed by crime.", "crime,abuse-exploitation", "victim-support", ALL, 5, 18, "westbrook-victim", null),
            // youth
            new Entry("youthcollective", "Kingsfold Youth Club", "Open-access youth club three evenings a week: sport, music and trips.", "crime,education", "youth-services", "kingsfold", 11, 19, "kingsfold-youth", null),
            new Entry("youthcollective", "Detached Youth Work", "Youth workers meeting young people where they gather, in parks and town centres.", "crime,abuse-exploitation", "youth-services", "kingsfold,westbrook", 11, 19, "kingsfold-youth", null),
            new Entry("youthcollective", "Exploitation Mentoring", "Mentoring for young people at risk of criminal or sexual exploitation or going missing.", "abuse-exploitation,crime", "youth-services", ALL, 10, 18, "kingsfold-youth", null),
            new Entry("council", "Westbrook Youth Club", "Council youth club with homework help, sport and a weekly health drop-in.", "education,health", "youth-services", "westbrook", 11, 19, "westbrook-youth", null),
            new Entry("council", "Youth Justice Prevention", "Early support for children on the edge of offending or anti-social behaviour.", "crime", "youth-services", ALL, 10, 17, "westbrook-youth", null));

    /** A service still listed while its building is repaired. */
    private static final String TEMPORARILY_CLOSED = "Westbrook Youth Club";

    private NorthshireDirectory() {
    }

    /**
     * The feed, with two retired services (one defunct, one inactive) that stay in the directory but
     * out of default searches. {@code locate} gives a postcode's latitude and longitude (or null). */
    static List<Oruk.Service> feed(Function<String, double[]> locate) {
        List<Oruk.Service> feed = new ArrayList<>();
        for (Entry entry : SERVICES) {
            feed.add(service(entry, locate));
        }
        feed.add(retired("council", "Sure Start Drop-in (closed)", "Former children's centre drop-in, replaced by the family hubs.",
                ServiceStatus.DEFUNCT, locate));
        feed.add(retired("brightstart", "Dads' Saturday Club", "Saturday play sessions for dads and children; paused while a new venue is found.",
                ServiceStatus.INACTIVE, locate));
        return feed;
    }

    private static Oruk.Service retired(String org, String name, String description, ServiceStatus status,
            Function<String, double[]> locate) {
        Oruk.Service service = service(new Entry(org, name, description, "family-relationships", "family-support", ALL, 0, 18,
                "eastmere-hub", null), locate);
        return new Oruk.Service(service.id(), service.organizationId(), service.name(), service.description(), service.url(),
                service.email(), status.value(), null, null, service.minimumAge(), service.maximumAge(), null, null, null, null,
                service.schedules(), service.serviceAreas(), service.serviceAtLocations(), service.languages(),
                service.organization(), service.costOptions(), service.contacts(), service.attributes());
    }

    private static Oruk.Service service(Entry e, Function<String, double[]> locate) {
        UUID id = id("service:" + e.name());
        Org org = ORGS.stream().filter(o -> o.key().equals(e.org())).findFirst().orElseThrow();
        String slug = e.name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        List<Oruk.ServiceArea> areas = Arrays.stream(e.districts().split(","))
                .map(d -> new Oruk.ServiceArea(id("area:" + e.name() + d), id, capitalise(d), null, null, null)).toList();
        List<Oruk.ServiceAtLocation> sites = Arrays.stream(e.sites().split(","))
                .map(key -> SITES.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow())
                .map(site -> new Oruk.ServiceAtLocation(id("site:" + e.name() + site.key()), id, id("location:" + site.key()),
                        location(site, locate), null)).toList();
        List<Oruk.Attribute> attributes = new ArrayList<>();
        for (String need : e.needs().split(",")) {
            UUID term = id("term:early-help-needs:" + need);
            attributes.add(new Oruk.Attribute(id("attribute:need:" + e.name() + need), id, term, "need", null));
        }
        for (String type : e.types().split(",")) {
            UUID term = id("term:service-types:" + type);
            attributes.add(new Oruk.Attribute(id("attribute:type:" + e.name() + type), id, term, "service_type", null));
        }
        int phone = Math.floorMod(e.name().hashCode(), 1000);
        List<Oruk.Contact> contacts = List.of(new Oruk.Contact(id("contact:" + e.name()), id, "Duty worker", "Referrals and enquiries",
                "referrals@" + org.website().replace("https://", "").replace("www.", ""),
                List.of(new Oruk.Phone(id("phone:" + e.name()), id("contact:" + e.name()), String.format("01632 960%03d", phone),
                        "Monday to Friday, 9am to 5pm"))));
        List<Oruk.Schedule> schedules = List.of(new Oruk.Schedule(id("schedule:" + e.name()), id, null, null, null, "WEEKLY", 1,
                "MO,TU,WE,TH,FR", null, "Open weekdays, 9am to 5pm", LocalTime.of(9, 0), LocalTime.of(17, 0), null,
                "In person, by phone or online", null));
        List<Oruk.CostOption> costs = e.cost() == null
                ? List.of(new Oruk.CostOption(id("cost:" + e.name()), id, null, null, "Free", BigDecimal.ZERO, "No charge"))
                : e.cost().equals("membership")
                        ? List.of(new Oruk.CostOption(id("cost:" + e.name()), id, null, null, "Weekly membership",
                                new BigDecimal("4.50"), "per week, for about £25 of groceries"))
                        : List.of(new Oruk.CostOption(id("cost:" + e.name()), id, null, null, "Per session",
                                new BigDecimal("10.00"), "per session; free if you receive benefits"));
        List<Oruk.Language> languages = List.of(new Oruk.Language(id("language:" + e.name()), id, "English", "en", null),
                new Oruk.Language(id("language:pl:" + e.name()), id, "Polish", "pl", "Interpreters for other languages on request"));
        return new Oruk.Service(id, id("organization:" + org.key()), e.name(), e.description(), org.website() + "/" + slug,
                "enquiries@" + org.website().replace("https://", "").replace("www.", ""),
                (TEMPORARILY_CLOSED.equals(e.name()) ? ServiceStatus.TEMPORARILY_CLOSED : ServiceStatus.ACTIVE).value(),
                e.cost() == null ? "Free" : null, null, e.minAge(), e.maxAge(), null, null,
                TEMPORARILY_CLOSED.equals(e.name()) ? "Closed for roof repairs; sessions run at Westbrook Family Hub meanwhile" : null,
                null, schedules, areas, sites,
                languages, organization(org), costs, contacts, attributes);
    }

    private static Oruk.Organization organization(Org org) {
        UUID id = id("organization:" + org.key());
        List<Oruk.OrganizationIdentifier> identifiers = org.agency() == null ? List.of()
                : List.of(new Oruk.OrganizationIdentifier(id("agency:" + id), id, OrukMapper.AGENCY_SCHEME, "Early Help Hub agency code",
                        org.agency()));
        return new Oruk.Organization(id, org.name(), org.description(),
                "info@" + org.website().replace("https://", "").replace("www.", ""), org.website(), null, null, null, identifiers, null);
    }

    private static Oruk.Location location(Site site, Function<String, double[]> locate) {
        UUID id = id("location:" + site.key());
        double[] point = locate.apply(site.postcode());
        return new Oruk.Location(id, "physical", site.name(), null, point == null ? null : point[0], point == null ? null : point[1],
                null, null, List.of(new Oruk.Address(id("address:" + site.key()), id, null, site.street(), site.district(), null,
                        "Northshire", site.postcode(), "GB", "physical")));
    }

    private static String capitalise(String district) {
        return Character.toUpperCase(district.charAt(0)) + district.substring(1);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
