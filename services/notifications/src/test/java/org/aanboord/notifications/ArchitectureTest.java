package org.aanboord.notifications;

import org.aanboord.testsupport.ArchitectureRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.aanboord.notifications", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = ArchitectureRules.domainIsFrameworkFree("org.aanboord.notifications");

    @ArchTest
    static final ArchRule inboundAdaptersDelegate = ArchitectureRules.adaptersInDoNotTouchPersistence("org.aanboord.notifications");
}
