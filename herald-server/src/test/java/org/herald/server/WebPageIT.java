package org.herald.server;

import org.herald.testkit.SharedData;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The web page in real headless Chromium against a server with the real pipeline: what a person sees and does.
 * Screenshots go to target/screenshots/ (and to docs/images/ with -Dherald.screenshots.update=true).
 */
class WebPageIT {
    @TempDir static Path storeDir;
    private static TestServer server;
    private Browser browser;

    /** Short reports written for this test (their events are fictional), on five days before the example page's. */
    private static final String[][] EARLIER = {
            {"presses", "2024-10-21", "Washington presses Moscow", "The United States accused Russia on Monday of preparing to send North Korean "
                    + "soldiers to the front. The State Department said the claims were based on intelligence reports."},
            {"urges", "2024-10-24", "A call to withdraw", "The United States urged Russia on Thursday to withdraw its troops from the border region."},
            {"warns", "2024-10-28", "Washington warns Moscow", "The United States accused Russia on Monday of deploying North Korean troops near "
                    + "the Ukrainian border. \"This is a dangerous escalation,\" the US ambassador to the UN said."},
            {"threatens", "2024-10-31", "Sanctions talk", "The United States threatened Russia with new sanctions on Thursday. Russia rejected "
                    + "the accusations and criticised the United States."},
            {"condemns", "2024-11-01", "Strikes condemned", "The United States condemned Russia on Friday for the missile strikes on Kharkiv."}};

    @BeforeAll static void start() throws Exception {
        server = new TestServer(SharedModels.pipeline(), TestServer.defaults().withRate(600, 50), storeDir.resolve("herald.duckdb"));
        for (String[] d : EARLIER) {
            var body = Json.MAPPER.createObjectNode().put("id", d[0]).put("published", d[1]).put("text", d[2] + "\n\n" + d[3]);
            var r = server.post("/api/documents", "application/json", body.toString());
            assertEquals(201, r.statusCode(), r.body());
        }
    }

    @AfterAll static void stop() {
        if (server != null) server.close();
    }

    @AfterEach void closeBrowser() {
        if (browser != null) browser.close();
        browser = null;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(90));
    }

    private Object js(String script, Object... args) {
        return browser.driver.executeScript(script, args);
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void open() {
        browser.driver.get(server.url("/"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "Nothing analysed yet"));
    }

    /** Puts text in the box the way a paste does (the value changes, an input event fires), then presses Analyse. */
    private void pasteAndAnalyse(String text, String format) {
        pasteAndAnalyse(text, format, null, false);
    }

    private void pasteAndAnalyse(String text, String format, String published, boolean store) {
        WebElement box = byId("page-input");
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", box, text);
        new org.openqa.selenium.support.ui.Select(byId("page-format")).selectByValue(format);
        js("arguments[0].value = arguments[1] || '';", byId("page-published"), published);
        if (byId("page-store").isSelected() != store) byId("page-store").click();
        // Record every state the status line goes through, so the loading state is seen however fast the answer is.
        js("window.__states = []; new MutationObserver(() => window.__states.push(document.getElementById('article-status').className))"
                + ".observe(document.getElementById('article-status'), {attributes: true, childList: true});");
        byId("analyze-button").click();
        waiting().until(d -> !byId("article-result").isDisplayed() ? null : !byId("analyze-button").isEnabled() ? null : true);
        @SuppressWarnings("unchecked") List<String> states = (List<String>) js("return window.__states;");
        assertTrue(states.contains("status status-loading"), "no loading state shown: " + states);
    }

    private static List<LogEntry> problems(List<LogEntry> console) {
        return console.stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    @SuppressWarnings("unchecked")
    @Test void the_example_article_shows_the_ambassadors_quotes_and_the_united_states_russia_edge() throws Exception {
        String text = Files.readString(SharedData.examplePage());
        browser = Browser.start(1400, 1000);
        open();
        pasteAndAnalyse(text, "auto", "2024-11-05", true);
        assertTrue(byId("article-status").getText().startsWith("Added to the store"), byId("article-status").getText());

        // The ambassadors' quotes, each with its speaker, in the list beside the article.
        List<WebElement> quotes = browser.driver.findElements(By.cssSelector("#quote-list button.item"));
        for (String speaker : List.of("Joonkook Hwang", "Vassily Nebenzia", "Sergiy Kyslytsya", "Song Kim")) {
            assertTrue(quotes.stream().anyMatch(q -> q.findElement(By.className("speaker-name")).getText().startsWith(speaker)
                    && q.getText().contains("DIRECT")), speaker + " has no direct quote in " + quotes.stream().map(WebElement::getText).toList());
        }
        // In the article, a quote shows its speaker and cue on hover ...
        String hwangQuote = (String) js("return [...document.querySelectorAll('#quote-list button.item')]"
                + ".find(b => b.querySelector('.speaker-name').textContent.startsWith('Joonkook Hwang')).dataset.quote;");
        WebElement mark = browser.driver.findElement(By.cssSelector("#article-body mark.q[data-quote='" + hwangQuote + "']"));
        new Actions(browser.driver).moveToElement(mark).perform();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
        assertTrue(byId("tip").getText().contains("Joonkook Hwang") && byId("tip").getText().contains("cue: “said”"), byId("tip").getText());
        // ... and on keyboard focus: Tab from the Analyse button reaches the first quote of the article.
        new Actions(browser.driver).moveToElement(byId("article-title")).perform();
        byId("analyze-button").sendKeys(Keys.TAB);
        WebElement focused = null;
        for (int i = 0; i < 40; i++) {
            focused = browser.driver.switchTo().activeElement();
            if ("mark".equals(focused.getTagName())) break;
            focused.sendKeys(Keys.TAB);
        }
        assertEquals("mark", focused.getTagName(), "Tab never reached a quote in the article");
        assertTrue(byId("tip").isDisplayed(), "no tooltip on focus");
        String speakerOfFocused = (String) js("const id = document.activeElement.dataset.quote;"
                + "return [...document.querySelectorAll('#quote-list button.item')].find(b => b.dataset.quote === id).querySelector('.speaker-name').textContent;");
        assertTrue(byId("tip").getText().startsWith(speakerOfFocused), byId("tip").getText() + " vs " + speakerOfFocused);
        focused.sendKeys(Keys.ESCAPE);
        assertFalse(byId("tip").isDisplayed(), "Escape hides the tooltip");
        // The screenshot: the article at the top, Hwang's quote focused with its tooltip.
        new Actions(browser.driver).moveToElement(byId("tab-article")).perform();
        js("document.getElementById('analyze-form').scrollIntoView({block: 'start'}); window.scrollBy(0, 300);");
        js("arguments[0].focus({preventScroll: true});", mark);
        Thread.sleep(200);
        browser.screenshot("article.png");

        // The network of the store: the edge from the United States to Russia, clicked on the canvas.
        byId("tab-network").click();
        assertEquals("store", new org.openqa.selenium.support.ui.Select(byId("network-source")).getFirstSelectedOption().getAttribute("value"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dyad-list button.dyad")));
        Map<String, Object> edge = (Map<String, Object>) js(
                "const cy = document.getElementById('network-graph')._cyreg.cy;"
                        + "const e = cy.edges().filter(x => x.source().id() === 'n-USA' && x.target().id() === 'n-RUS')[0];"
                        + "if (!e) return null; const p = e.renderedMidpoint();"
                        + "return {id: e.id(), x: p.x, y: p.y, w: cy.width(), h: cy.height()};");
        assertTrue(edge != null, "no USA → RUS edge in the graph");
        WebElement graph = byId("network-graph");
        js("arguments[0].scrollIntoView({block: 'center'});", graph);
        edge = (Map<String, Object>) js("const cy = document.getElementById('network-graph')._cyreg.cy; const e = cy.getElementById(arguments[0]);"
                + "const p = e.renderedMidpoint(); return {id: e.id(), x: p.x, y: p.y, w: cy.width(), h: cy.height()};", edge.get("id"));
        new Actions(browser.driver).moveToElement(graph, (int) (((Number) edge.get("x")).doubleValue() - ((Number) edge.get("w")).doubleValue() / 2),
                (int) (((Number) edge.get("y")).doubleValue() - ((Number) edge.get("h")).doubleValue() / 2)).click().perform();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edge-panel")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("edge-panel"), "Russia wonders why the West"));
        String events = byId("edge-panel").getText();
        assertTrue(events.startsWith("United States → Russia"), events);
        assertTrue(events.contains("ACCUSE") && events.contains("accused Russia of violating UN resolutions"), events);
        assertTrue(events.contains("Washington warns Moscow"), "an earlier article's event: " + events);
        assertEquals(edge.get("id"), js("return document.getElementById('network-graph')._cyreg.cy.edges(':selected').map(e => e.id())[0];"));
        // The keyboard's way: the dyad list selects the same edge.
        WebElement row = browser.driver.findElement(By.cssSelector("#dyad-list button[data-source='USA'][data-target='RUS']"));
        row.sendKeys(Keys.ENTER);
        assertEquals("true", row.getAttribute("aria-pressed"));
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1400));
        js("window.scrollTo(0, 0);");
        Thread.sleep(300);
        browser.screenshot("network.png");

        // The timeline of that dyad: events per day, from the edge's panel.
        browser.driver.findElement(By.xpath("//section[@id='edge-panel']//button[contains(., 'over time')]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline-table tr")));
        List<WebElement> days = browser.driver.findElements(By.cssSelector("#timeline-table tr"));
        assertTrue(days.size() >= 4, "days with USA → RUS events: " + days.size());
        assertEquals("2024-11-05", days.get(days.size() - 1).findElement(By.tagName("th")).getAttribute("textContent"));
        assertEquals((long) days.size(), js("return echarts.getInstanceByDom(document.getElementById('timeline-chart')).getOption().series[0].data.length;"));
        assertEquals(4L, js("return echarts.getInstanceByDom(document.getElementById('timeline-chart')).getOption().series.length;"), "one series per QuadClass");
        assertTrue(byId("timeline-title").getText().startsWith("USA → RUS"), byId("timeline-title").getText());
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 760));
        js("window.scrollTo(0, 0);");
        Thread.sleep(300);
        browser.screenshot("timeline.png");

        // Search: a phrase, its speaker, and the article it opens.
        byId("tab-search").click();
        byId("search-input").sendKeys("\"brazen violation\"", Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results li")));
        String hits = byId("search-results").getText();
        assertTrue(hits.contains("Sergiy Kyslytsya") && hits.contains("brazen violation of the UN Charter"), hits);
        browser.screenshot("search.png");
        browser.driver.findElement(By.cssSelector("#search-results button.link")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-title"), "Russia wonders why"));
        assertTrue(byId("view-article").isDisplayed());
        assertEquals(List.of(), problems(browser.console()), "console warnings or errors");
    }

    @Test void a_hostile_page_runs_no_script() throws Exception {
        String hostile = String.join("\n",
                "Minister warns of <script>alert('script-in-title');window.__pwned=1</script> attacks",
                "",
                "The minister said on Monday that <img src=x onerror=\"alert('img');window.__pwned=2\"> the talks had failed.",
                "",
                "\"<script>alert('quoted')</script> We will not accept this,\" the French foreign minister said, pointing to "
                        + "<a href=\"javascript:alert('link')\">javascript:alert('link')</a> as proof.",
                "",
                "France accused Russia of violating the <svg onload=alert('svg')> agreement <iframe src=\"javascript:alert('frame')\"></iframe>.");
        browser = Browser.start(1400, 1000);
        open();
        js("window.__pwned = 0;");
        pasteAndAnalyse(hostile, "text");
        String body = byId("article-body").getText();
        assertTrue(body.contains("<img src=x onerror="), "the markup is shown as text: " + body);
        assertTrue(byId("quote-list").getText().contains("<script>"), byId("quote-list").getText());
        assertNoScriptRan();
        // The same page as HTML, and uploaded as a file.
        Path file = Files.createTempFile("hostile", ".html");
        Files.writeString(file, "<html><head><title>Hostile <script>alert('t')</script></title></head><body><article><h1>Talks</h1>"
                + "<p>" + hostile.replace("\n\n", "</p><p>") + "</p></article><script>alert('page')</script></body></html>");
        byId("page-file").sendKeys(file.toAbsolutePath().toString());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "Press Analyse"));
        assertEquals("html", new org.openqa.selenium.support.ui.Select(byId("page-format")).getFirstSelectedOption().getAttribute("value"));
        pasteAndAnalyse(byId("page-input").getAttribute("value"), "html");
        assertNoScriptRan();
        Files.delete(file);
    }

    private void assertNoScriptRan() {
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert(), "a dialog opened");
        assertEquals(0L, js("return window.__pwned;"));
        for (String selector : List.of("script", "img", "iframe", "svg", "a[href]", "[onerror]", "[onload]"))
            assertEquals(0L, js("return document.querySelectorAll('main " + selector + "').length;"), selector + " in the page");
        assertEquals(0L, js("return document.querySelectorAll('[href^=\"javascript:\"], [src^=\"javascript:\"]').length;"));
        List<LogEntry> problems = problems(browser.console());
        if (!problems.isEmpty()) fail("console: " + problems);
    }

    @Test void the_page_works_on_a_phone_sized_screen_and_with_the_keyboard() throws Exception {
        browser = Browser.phone(390, 844);
        open();
        // The tabs follow the arrow keys.
        byId("tab-article").sendKeys(Keys.ARROW_RIGHT);
        assertEquals("tab-network", browser.driver.switchTo().activeElement().getAttribute("id"));
        assertTrue(byId("view-network").isDisplayed());
        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        assertTrue(byId("view-article").isDisplayed());
        // Pressing Analyse with nothing pasted says what to do.
        byId("analyze-button").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "Paste a page into the box"));
        String text = SharedData.root().resolve("examples/un-security-council-page.txt").toFile().exists()
                ? Files.readString(SharedData.examplePage())
                : "Talks resume\n\n\"We will talk again,\" the French foreign minister said on Monday.";
        pasteAndAnalyse(text, "auto");
        assertEquals(390L, js("return window.innerWidth;"));
        long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 0, "the page is wider than the phone by " + overflow + " px");
        js("document.getElementById('article').scrollIntoView({block: 'start'}); document.activeElement.blur();");
        Thread.sleep(200);
        browser.screenshot("phone.png");
        assertEquals(List.of(), problems(browser.console()));
    }
}
