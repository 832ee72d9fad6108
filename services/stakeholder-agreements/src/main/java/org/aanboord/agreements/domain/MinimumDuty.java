package org.aanboord.agreements.domain;

/** The five duties the regisseur takes on at least (draaiboek, "De regisseur neemt minimaal volgende rol op"). */
public enum MinimumDuty {
    INITIATE_DRAAIBOEK("Neemt het initiatief tot het invullen van het draaiboek"),
    COMPOSE_STAKEHOLDER_GROUP("Zorgt ervoor dat er een lokale stakeholdergroep wordt samengesteld"),
    CONVENE_REGULAR_MEETINGS("Zorgt ervoor dat er op regelmatige tijdstippen met alle stakeholders wordt samengezeten"),
    MONITOR_EXECUTION("Volgt de uitvoering van het draaiboek op en waakt erover dat ieder zijn rol en "
            + "verantwoordelijkheid opneemt"),
    EVALUATE_AND_ADJUST("Zorgt ervoor dat de uitvoering op regelmatige tijdstippen geëvalueerd wordt en stuurt "
            + "indien nodig bij, in samenspraak met de andere lokale stakeholders");

    private final String dutch;

    MinimumDuty(String dutch) {
        this.dutch = dutch;
    }

    /** The duty as the template words it. */
    public String dutch() {
        return dutch;
    }
}
