// Suggests entities in the inputs marked data-entity-picker: as the curator types a name, a list of the
// entities it fits appears, and choosing one enters its id. Without this script the inputs still take a
// name or an id, which the server resolves.
(function () {
  "use strict";
  var ID = /^[Ee][0-9]+$/;

  function attach(input, index) {
    var list = document.createElement("datalist");
    list.id = "entity-suggestions-" + index;
    input.after(list);
    input.setAttribute("list", list.id);
    var timer = null;
    var asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2 || ID.test(text) || text === asked) {
        return;
      }
      timer = setTimeout(function () {
        asked = text;
        fetch("/admin/entities/suggestions?q=" + encodeURIComponent(text), {
          headers: { Accept: "application/json" },
          credentials: "same-origin"
        })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (entities) {
            list.replaceChildren.apply(list, entities.map(function (entity) {
              var option = document.createElement("option");
              option.value = entity.id;
              option.label = entity.name + " (" + entity.id + ")";
              return option;
            }));
          })
          .catch(function () { /* suggestions are a help only: the server resolves names */ });
      }, 200);
    });
  }

  document.querySelectorAll("input[data-entity-picker]").forEach(attach);
})();
