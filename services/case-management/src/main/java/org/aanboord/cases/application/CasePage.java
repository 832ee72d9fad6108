package org.aanboord.cases.application;

import java.util.List;

import org.aanboord.cases.domain.CaseFile;

/** One page of cases and how many match in all. */
public record CasePage(List<CaseFile> cases, long total) {
}
