package org.aanboord.cases.domain;

import java.util.Arrays;
import java.util.Optional;

/** The action-type catalogue (domain §5.6): what can be planned on a case, with its catalogue code. */
public enum ActionType {

    REGISTER_SIGNAL("A01", "Register teacher/mentor signal"),
    MONITORING_FORM("A02", "Fill in periodic monitoring form"),
    OBSERVATION_GRID("A03", "Observation grid"),
    PUPIL_DISCUSSION("A04", "Pupil discussion / report meeting review"),
    NEEDS_ASSESSMENT("A05", "Educational-needs assessment"),
    APTITUDE_ASSESSMENT("A06", "Aptitude and interest assessment"),
    PARENT_CONTACT("A10", "Parent contact"),
    PARENT_TEACHER_MEETING("A11", "Parent-teacher meeting"),
    HOME_VISIT("A12", "Home visit"),
    LISTENING_CENTRE_SESSION("A13", "Listening-centre session for parents"),
    CULTURAL_MEDIATION("A14", "Cultural mediation / interpreter"),
    FAMILY_LEARNING_REFERRAL("A15", "Family learning / parent education referral"),
    ASSIGN_MENTOR("A20", "Assign mentor"),
    ASSIGN_PEER_COACH("A21", "Assign peer coach"),
    TUTORING("A22", "Tutoring / after-school programme"),
    SOCIAL_SKILLS_TRAINING("A23", "Social-skills training"),
    BEHAVIOUR_PLAN("A24", "Behaviour management plan"),
    LANGUAGE_SUPPORT("A25", "Language support"),
    CAREER_GUIDANCE("A26", "Career guidance / career plan"),
    EXTRACURRICULAR_ENROLMENT("A27", "Extracurricular activity enrolment"),
    COUNSELLING("A28", "Counselling / emotional support"),
    ANTI_BULLYING("A29", "Anti-bullying intervention"),
    SUPPORT_PLAN("A30", "Create / review individual support plan"),
    ANTI_DROPOUT_ORIENTATION("A31", "Anti-dropout specialist orientation action"),
    MDT_REVIEW("A32", "Support-team / MDT case review"),
    /** The school's report reaches the CLB, which contacts the parents and the school to start guidance. */
    START_CLB_GUIDANCE("A40", "CLB contacts the parents and the school to start guidance"),
    GUIDANCE_FILE("A41", "Open / update guidance file"),
    EXTERNAL_REFERRAL("A42", "External referral"),
    NAFT_TRAJECTORY("A43", "NAFT trajectory / time-out"),
    YOUTH_CARE_COORDINATION("A44", "Youth-care coordination"),
    SOCIAL_SUPPORT_REFERRAL("A45", "Social-support referral"),
    BRIDGE_PROJECT("A46", "Bridge project / internship / work experience"),
    ALTERNATIVE_PATHWAY("A47", "Alternative / alternating learning pathway"),
    SPECIAL_EDUCATION_ASSESSMENT("A48", "Special-education assessment"),
    PUPIL_TRANSPORT("A49", "Pupil-transport arrangement"),
    TRANSITION_PLAN("A50", "Transition form / transition plan"),
    WARM_HANDOVER("A51", "Warm handover"),
    RE_ENROLMENT_SEARCH("A52", "Re-enrolment search after exclusion"),
    VDAB_REGISTRATION("A53", "Support VDAB registration / labour-market trajectory"),
    ESCALATE_ZORGWEKKEND_DOSSIER("A60", "Escalate: zorgwekkend dossier to AGODI"),
    PLAN_REVIEW("A61", "Plan review / progress check");

    private final String catalogueCode;
    private final String label;

    ActionType(String catalogueCode, String label) {
        this.catalogueCode = catalogueCode;
        this.label = label;
    }

    public String catalogueCode() {
        return catalogueCode;
    }

    public String label() {
        return label;
    }

    /** By name (START_CLB_GUIDANCE) or catalogue code (A40). */
    public static Optional<ActionType> parse(String nameOrCode) {
        return Arrays.stream(values())
                .filter(type -> type.name().equalsIgnoreCase(nameOrCode) || type.catalogueCode.equalsIgnoreCase(nameOrCode))
                .findFirst();
    }
}
