  // Shows in place of the page why the explorer could not start.
  function fail(error) {
    var app = document.getElementById("app");
    if (app) {
      app.textContent = "";
      var box = document.createElement("div");
      box.className = "notice error";
      box.setAttribute("role", "alert");
      var h = document.createElement("h1");
      h.textContent = "The explorer could not start";
      var p = document.createElement("p");
      p.textContent = String(error && error.message ? error.message : error);
      box.appendChild(h);
      box.appendChild(p);
      app.appendChild(box);
    }
    console.error(error);
  }
