package org.aanboord.ingestion.adapter.in.web;

/** Examples shown in the OpenAPI description (Swagger UI). */
final class ApiExamples {

    static final String REGISTRATION = """
            {"schoolId":"school-demo-1","pupilId":"lln-0042","nationalNumber":"85073003328","date":"2026-11-20",\
            "halfDay":"VM","code":"B"}""";
    static final String OUTCOME = """
            {"status":"REGISTERED","pupilPseudonym":"Zb6pQ0Vt0c3m3mQw8Yy1x9hW2rB7kU4nD5sE6fG7hI8","version":1}""";
    static final String PROBLEM = """
            {"type":"about:blank","title":"Invalid request","status":422,\
            "detail":"The registration was refused: 1 problem(s)",\
            "errors":[{"field":"date","rule":"not-a-school-day","reason":"is a Saturday, not a school day"}]}""";
    static final String BATCH = """
            [{"schoolId":"school-demo-1","pupilId":"lln-0042","date":"2026-11-20","halfDay":"VM","code":"B"},
             {"schoolId":"school-demo-1","pupilId":"lln-0043","date":"2026-11-20","halfDay":"NM","code":"D"}]""";
    static final String CSV = """
            schoolnummer;leerling;rijksregisternummer;datum;dagdeel;code
            school-demo-1;lln-0042;;20/11/2026;VM;B
            school-demo-1;;85.07.30-033.28;20/11/2026;NM;Z
            """;
    static final String REPORT = """
            {"received":3,"registered":1,"corrected":0,"duplicates":1,"rejected":1,\
            "errors":[{"line":3,"field":"nationalNumber","rule":"invalid-national-number",\
            "reason":"is not a valid national register number (11 digits whose last two are the mod-97 check)"}]}""";
    static final String REVOCATION = """
            {"schoolId":"school-demo-1","pupilId":"lln-0042","date":"2026-11-20","halfDay":"VM"}""";

    static final String UNENROLMENT = """
            {"schoolId":"school-demo-1","nationalNumber":"85073003328","kind":"UNENROLLED","date":"2026-11-13",\
            "reason":"MOVED_ABROAD"}""";
    static final String SCHOOL_CHANGE = """
            {"schoolId":"school-demo-1","nationalNumber":"85073003328","kind":"CHANGED_SCHOOL","date":"2026-11-16",\
            "previousSchoolId":"school-demo-2"}""";
    static final String REPORT_RESULT = """
            {"schoolId":"school-demo-1","pupilId":"lln-0042","kind":"REPORT_PERIOD_RESULT","date":"2026-11-20",\
            "period":"2026-2027 R1","failingSubjects":3}""";
    static final String CONCERN = """
            {"schoolId":"school-demo-1","pupilId":"lln-0042","kind":"CONCERN","date":"2026-11-19",\
            "raisedBy":"MENTOR","area":"WELLBEING"}""";
    static final String PURPOSE = """
            {"purpose":"Alert of five problematic half-days: contacting the parents to start the guidance file"}""";
    static final String REIDENTIFICATION = """
            {"pseudonym":"Zb6pQ0Vt0c3m3mQw8Yy1x9hW2rB7kU4nD5sE6fG7hI8","nationalNumber":"85073003328",\
            "schools":[{"schoolId":"school-demo-1","pupilIds":["lln-0042"]}]}""";

    private ApiExamples() {
    }
}
