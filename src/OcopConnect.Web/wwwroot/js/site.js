// The portal's only script (the Content-Security-Policy allows no inline code): buttons marked data-print open the print dialog.
document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-print]') : null;
    if (button) {
        window.print();
    }
});
