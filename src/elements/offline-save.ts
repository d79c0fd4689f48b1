/**
 * <guide-offline-save>: on the offline page, says how much of the guide this device
 * holds and, when the guide is too large to save on the first visit, offers to save
 * all of it (showing its size first). Talks to the service worker by messages.
 */
interface OfflineStatus {
  whole: boolean;
  pages: number;
  pagesSaved: number;
  pagesBytes: number;
  failed?: string[];
  quotaExceeded?: boolean;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function ask(worker: ServiceWorker, type: string): Promise<OfflineStatus> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<OfflineStatus>) => resolve(event.data);
    worker.postMessage({ type }, [channel.port2]);
  });
}

export class GuideOfflineSave extends HTMLElement {
  #status = document.createElement('p');
  #button = document.createElement('button');

  connectedCallback(): void {
    if (this.#status.isConnected) return;
    this.#status.setAttribute('role', 'status');
    this.#button.type = 'button';
    this.#button.hidden = true;
    this.#button.addEventListener('click', () => void this.#saveAll());
    this.replaceChildren(this.#status, this.#button);
    if (!('serviceWorker' in navigator)) {
      this.#say('This browser cannot keep a copy of the guide for offline reading.');
      return;
    }
    this.#say('Checking what this device has saved…');
    void this.#refresh();
  }

  #say(text: string): void {
    this.#status.textContent = text;
  }

  async #worker(): Promise<ServiceWorker | null> {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return null;
    return (await navigator.serviceWorker.ready).active;
  }

  async #refresh(): Promise<void> {
    const worker = await this.#worker();
    if (!worker) {
      this.#say('Offline reading is not set up in this browser for this copy of the guide.');
      return;
    }
    this.#show(await ask(worker, 'guide:status'));
  }

  #show(status: OfflineStatus): void {
    const all = status.pagesSaved >= status.pages;
    if (all) this.#say(`The whole guide (${status.pages} pages) is saved on this device.`);
    else if (status.quotaExceeded)
      this.#say(
        `Your browser did not give this site enough storage to save the whole guide (${megabytes(status.pagesBytes)}); ${status.pagesSaved} of ${status.pages} pages are saved. Pages you open are still kept while space lasts.`,
      );
    else if (status.failed && status.failed.length > 0)
      this.#say(
        `${status.failed.length} pages could not be saved (${status.pagesSaved} of ${status.pages} are). Try again when your connection is better.`,
      );
    else
      this.#say(
        `${status.pagesSaved} of ${status.pages} pages are saved on this device: the pages you have opened. The rest need a connection.`,
      );
    this.#button.hidden = all;
    this.#button.disabled = false;
    this.#button.textContent = `Make the whole guide available offline (${megabytes(status.pagesBytes)})`;
  }

  async #saveAll(): Promise<void> {
    const worker = await this.#worker();
    if (!worker) return;
    this.#button.disabled = true;
    this.#say('Saving the whole guide on this device…');
    this.#show(await ask(worker, 'guide:save-all'));
  }
}

if (!customElements.get('guide-offline-save')) customElements.define('guide-offline-save', GuideOfflineSave);
