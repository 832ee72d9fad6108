package org.aanboord.cases;

import org.aanboord.testsupport.ArchitectureRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.aanboord.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = ArchitectureRules.domainIsFrameworkFree("org.aanboord.cases");

    @ArchTest
    static final ArchRule inboundAdaptersDelegate = ArchitectureRules.adaptersInDoNotTouchPersistence("org.aanboord.cases");
}
