package org.shouwang.reporting;

/** The counters of one dashboard row while the queries' results are added up. */
final class DashboardRow {

    int households;
    int povertyAlleviated;
    int ordinary;
    int identifying;
    int riskActive;
    int riskEliminated;
    int identified;
    int eliminated;
    int overdueClues;
    int overdueProblems;
    int campaignInScope;
    int campaignScreened;
    int campaignFlagged;

    void add(DashboardRow o) {
        households += o.households;
        povertyAlleviated += o.povertyAlleviated;
        ordinary += o.ordinary;
        identifying += o.identifying;
        riskActive += o.riskActive;
        riskEliminated += o.riskEliminated;
        identified += o.identified;
        eliminated += o.eliminated;
        overdueClues += o.overdueClues;
        overdueProblems += o.overdueProblems;
        campaignInScope += o.campaignInScope;
        campaignScreened += o.campaignScreened;
        campaignFlagged += o.campaignFlagged;
    }

    DashboardView.Row view(String code, String name) {
        return new DashboardView.Row(code, name, households, povertyAlleviated, ordinary, identifying, riskActive,
                riskEliminated, riskActive + riskEliminated, identified, eliminated, overdueClues, overdueProblems,
                campaignInScope, campaignScreened, campaignFlagged);
    }
}
