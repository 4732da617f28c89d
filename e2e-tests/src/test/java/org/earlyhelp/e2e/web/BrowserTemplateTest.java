package org.earlyhelp.e2e.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * axe runs once per page template ({@link Browser#template}): two families' pages of one template share a result, and
 * every difference an accessibility rule reads keeps two pages apart.
 */
class BrowserTemplateTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            <h1>Jayden Whitfield</h1><a href="/referrals/0f8d5a8e-2c1b-4f7e-9a3d-6b5c4e3f2a10">Open</a> | <h1>Mia Hartley</h1><a href="/referrals/7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31">Read</a> | true  | another family's page of the same template
            <td>6 December 2026</td><input name="csrf-token" value="abc123"> | <td>1 May 2025</td><input name="csrf-token" value="zzz999"> | true  | dates and CSRF tokens
            <input id="due-2026-12-06" value="2026-12-06">                 | <input id="due-2025-01-31" value="2025-01-31">                 | true  | digits in attribute values
            <h1>Referral</h1>                                                | <h2>Referral</h2>                                                | false | a heading's level
            <a href="/x">Open</a>                                            | <a href="/x"> </a>                                               | false | a link's text against none
            <label for="0f8d5a8e-2c1b-4f7e-9a3d-6b5c4e3f2a10">Name</label><input id="0f8d5a8e-2c1b-4f7e-9a3d-6b5c4e3f2a10"> | <label for="0f8d5a8e-2c1b-4f7e-9a3d-6b5c4e3f2a10">Name</label><input id="7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31"> | false | a label for its field against one for another
            <td class="govuk-table__cell">T</td>                             | <td class="govuk-table__header">T</td>                           | false | a class
            <img src="/a.png" alt="Logo">                                    | <img src="/a.png">                                               | false | an image's alternative text against none
            """)
    void pagesOfOneTemplateShareAResultAndWhatARuleReadsKeepsThemApart(String one, String other, boolean same, String what) {
        assertThat(Browser.template(one).equals(Browser.template(other))).as(what).isEqualTo(same);
    }
}
