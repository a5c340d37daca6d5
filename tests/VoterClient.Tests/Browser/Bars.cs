using Microsoft.Playwright;

namespace PeoplesCongress.VoterClient.Tests.Browser;

/// <summary>Where the tablet's sticky bars are, and whether the focused control is clear of them.</summary>
public static class Bars
{
    /// <summary>Height in CSS pixels of what stays on screen while the page scrolls: the sticky header and the ballot's bar.</summary>
    public const string FixedHeight = """
        () => [...document.querySelectorAll(".topbar, .actions.sticky")]
          .filter((e) => ["sticky", "fixed"].includes(getComputedStyle(e).position) && e.getClientRects().length)
          .reduce((sum, e) => sum + e.getBoundingClientRect().height, 0)
        """;

    /// <summary>
    /// null when the focused control (for a hidden radio, the option label around it) lies wholly inside the viewport
    /// between the sticky header and the ballot's bar; otherwise what covers it and by how much.
    /// </summary>
    public const string FocusCovered = """
        () => {
          const focused = document.activeElement;
          const bar = document.querySelector(".actions.sticky");
          if (!focused || focused === document.body || bar?.contains(focused)) return null;
          const box = (focused.closest("label") ?? focused).getBoundingClientRect();
          const header = document.querySelector(".topbar");
          const top = getComputedStyle(header).position === "sticky" ? header.getBoundingClientRect().bottom : 0;
          const bottom = bar ? Math.min(bar.getBoundingClientRect().top, innerHeight) : innerHeight;
          const name = `${focused.tagName} "${(focused.closest("label") ?? focused).textContent.trim().slice(0, 24)}"`;
          if (box.top < top - 0.5) return `${name} top ${Math.round(box.top)} above the header's bottom ${Math.round(top)}`;
          if (box.bottom > bottom + 0.5) return `${name} bottom ${Math.round(box.bottom)} below the bar's top ${Math.round(bottom)}`;
          return null;
        }
        """;
}
