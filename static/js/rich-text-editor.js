/* Turns each textarea marked data-rich-text into a pell formatting editor (#4).
   The textarea stays in the form and receives the HTML on every change, so the form posts
   as before; without JavaScript staff simply edit the HTML. The server sanitises both. */
(function () {
  "use strict";

  function formatBlock(tag) {
    return function () {
      window.pell.exec("formatBlock", "<" + tag + ">");
    };
  }

  function setUp(textarea) {
    var labels = JSON.parse(textarea.getAttribute("data-rich-text") || "{}");
    var holder = document.createElement("div");
    holder.className = "pell rich-text-editor";
    textarea.parentNode.insertBefore(holder, textarea.nextSibling);
    var editor = window.pell.init({
      element: holder,
      defaultParagraphSeparator: "p",
      onChange: function (html) {
        textarea.value = html;
      },
      actions: [
        { name: "bold", title: labels.bold },
        { name: "italic", title: labels.italic },
        { name: "heading2", icon: "<b>H2</b>", title: labels.heading2 },
        { name: "heading3", icon: "<b>H3</b>", title: labels.heading3, result: formatBlock("h3") },
        { name: "heading4", icon: "<b>H4</b>", title: labels.heading4, result: formatBlock("h4") },
        { name: "paragraph", title: labels.paragraph },
        { name: "quote", title: labels.quote },
        { name: "ulist", title: labels.ulist },
        { name: "olist", title: labels.olist },
        {
          name: "link",
          icon: labels.link,
          title: labels.link,
          result: function () {
            var url = window.prompt(labels.linkPrompt);
            if (url) {
              window.pell.exec("createLink", url);
            }
          }
        }
      ]
    });
    editor.content.innerHTML = textarea.value;
    editor.content.setAttribute("role", "textbox");
    editor.content.setAttribute("aria-multiline", "true");
    var label = textarea.id && document.querySelector('label[for="' + textarea.id + '"]');
    editor.content.setAttribute("aria-label", label ? label.textContent : labels.editor);
    holder.querySelectorAll("button").forEach(function (button) {
      button.setAttribute("aria-label", button.title);
    });
    textarea.hidden = true;
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-rich-text]").forEach(setUp);
  });
})();
