package org.aanboord.contracts.agreements.v1;

/** Events on {@code agreements.indicators.v1}, keyed by agreement id: how the agreement's results are doing. */
public sealed interface AgreementIndicatorEvent permits IndicatorOffTarget {

    String agreementId();
}
