// Videos load nothing from their host until the visitor asks (#23): the page carries a
// stored thumbnail and a link; this adds a play button that puts the player in their place.
(function () {
  "use strict";
  document.querySelectorAll(".video[data-embed]").forEach(function (video) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button video-play";
    button.textContent = video.dataset.play;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = video.dataset.embed;
      frame.title = video.dataset.title;
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.allowFullscreen = true;
      frame.className = "video-player";
      var thumbnail = video.querySelector(".video-thumbnail");
      if (thumbnail) {
        thumbnail.remove();
      }
      button.replaceWith(frame);
      frame.focus();
    });
    video.insertBefore(button, video.querySelector(".video-link"));
  });
})();
