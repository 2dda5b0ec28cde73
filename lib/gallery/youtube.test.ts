import { describe, expect, it } from "vitest";
import { parseYouTubeId, youTubeEmbedUrl } from "./youtube";

describe("parseYouTubeId", () => {
  it("reads the id from every kind of link editors paste", () => {
    for (const input of [
      "dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
      "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://youtu.be/dQw4w9WgXcQ?si=abc",
      "https://www.youtube.com/embed/dQw4w9WgXcQ",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "https://youtube.com/shorts/dQw4w9WgXcQ",
    ]) {
      expect(parseYouTubeId(input), input).toBe("dQw4w9WgXcQ");
    }
  });

  it("refuses other hosts, schemes and malformed ids", () => {
    for (const input of [
      "https://evil.example/watch?v=dQw4w9WgXcQ",
      "javascript:alert(1)",
      "https://www.youtube.com/watch?v=short",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ<script>",
      "",
    ]) {
      expect(parseYouTubeId(input), input).toBeNull();
    }
  });

  it("plays from the privacy-enhanced host", () => {
    expect(youTubeEmbedUrl("dQw4w9WgXcQ")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0");
  });
});
